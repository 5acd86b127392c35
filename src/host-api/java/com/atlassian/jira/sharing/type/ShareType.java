package com.atlassian.jira.sharing.type;

// Checked: jira-api's ShareType and its nested Name (new ShareType.Name("project")), as Jira's own sharing tests use them.
public interface ShareType {

    final class Name {
        private final String name;

        public Name(String name) {
            this.name = name;
        }

        public String get() {
            return name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Name that && that.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }
}
