/**
 * The Chaos Day page in a project's sidebar: immutable view objects its Velocity templates read,
 * worked out beforehand from the engine's results. Templates call only the methods listed in the
 * descriptor's velocity allowlist, and every value they write goes through {@link io.chaosday.jira.PageText}.
 */
package io.chaosday.jira.page;
