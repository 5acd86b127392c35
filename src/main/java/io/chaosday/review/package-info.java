/**
 * The post-incident review of a Chaos Day: experiments, reviews, improvements and the lessons
 * roll-up, plus the review ticket's template and its reader. Pure: no I/O, and nothing of the
 * pages that show it ({@code io.chaosday.pages}).
 */
package io.chaosday.review;
