/** The rules for web addresses, in one place: request URLs built from encoded parts, and which links a page may hold. */
package io.chaosday.link;
