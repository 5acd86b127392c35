package com.atlassian.jira.util;

import java.util.Date;

// Checked: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/DateFieldFormatImpl.html (implements DateFieldFormat; formatDatePicker(Date) "formats the given date for usage in a date picker")
public interface DateFieldFormat {

    String formatDatePicker(Date date);
}
