/**
 * Reading the files a user names (plan, holidays, experiments, token), for the hosts only: each is
 * checked to be a regular file and read through a size limit before anything parses it.
 */
package io.chaosday.files;
