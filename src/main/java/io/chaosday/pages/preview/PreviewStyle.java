package io.chaosday.pages.preview;

/** The preview's only style sheet, inline so the page needs nothing else. */
final class PreviewStyle {

    static final String CSS = """
            body { font-family: -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #172b4d;
                   max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
            .preview-banner { background: #fffae6; border: 1px solid #ffe380; padding: .4em .8em; font-size: .9em; }
            .preview-error { color: #bf2600; font-weight: bold; }
            h1 { font-size: 1.8em; }
            table { border-collapse: collapse; margin: 1em 0; width: auto; max-width: 100%; }
            td ul { margin: 0; padding-left: 1.2em; }
            th, td { border: 1px solid #c1c7d0; padding: .35em .6em; vertical-align: top; text-align: left; }
            th { background: #f4f5f7; }
            pre { background: #f4f5f7; padding: .6em; overflow-x: auto; }
            .jira-badge { display: inline-block; background: #deebff; color: #0747a6; border-radius: 3px;
                          padding: 0 .4em; font-weight: 600; font-size: .9em; }
            .jira-badge::before { content: "\\25C6  "; }
            .page-link { color: #0052cc; text-decoration: underline; }
            .macro-note { color: #6b778c; font-style: italic; }
            .panel { border-left: 4px solid #0065ff; background: #deebff; padding: .4em .8em; margin: 1em 0; }
            .panel-note { border-color: #6554c0; background: #eae6ff; }
            .panel-warning { border-color: #ff5630; background: #ffebe6; }
            .status { display: inline-block; border: 1px solid #6b778c; border-radius: 3px; padding: 0 .4em;
                      font-size: .8em; text-transform: uppercase; white-space: nowrap; }
            td a, .jira-badge { white-space: nowrap; }
            .status-green { background: #e3fcef; border-color: #00875a; color: #006644; }
            .status-yellow { background: #fffae6; border-color: #ff991f; color: #974f0c; }
            .status-blue { background: #deebff; border-color: #0052cc; color: #0747a6; }
            .status-red { background: #ffebe6; border-color: #de350b; color: #bf2600; }
            .status-grey { background: #f4f5f7; color: #42526e; }
            .details table { width: auto; min-width: 50%; }
            .expand-title { font-weight: 600; }
            """;

    private PreviewStyle() {
    }
}
