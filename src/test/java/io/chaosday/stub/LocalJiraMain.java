package io.chaosday.stub;

/** Runs {@link LocalJira} until stopped, for trying the command line without a real Jira. */
public final class LocalJiraMain {

    private LocalJiraMain() {
    }

    public static void main(String[] args) throws Exception {
        try (LocalJira jira = new LocalJira(0)) {
            System.out.println(jira.base());
            System.out.flush();
            Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "600") * 1000);
        }
    }
}
