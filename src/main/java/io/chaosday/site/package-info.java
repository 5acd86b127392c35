/** Where Jira and Confluence are, and every link into them that a page or a message shows. */
package io.chaosday.site;
