package io.chaosday.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command about one Chaos Day in a Jira project: what it prints to, where Jira is and which
 * Chaos Day it means. (picocli reads the options of a command's superclasses too.)
 */
abstract class ChaosDayCommand implements Callable<Integer> {

    @Mixin
    CommandContext context;

    @Mixin
    JiraOptions jira;

    @Mixin
    WhichChaosDay which;
}
