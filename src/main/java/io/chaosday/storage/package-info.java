/** Confluence's storage format: the one escaper, the sanitiser, and wiki markup turned into storage. */
package io.chaosday.storage;
