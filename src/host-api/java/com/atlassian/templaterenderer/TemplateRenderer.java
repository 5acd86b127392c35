package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

// Checked: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html (render(String templateName, Map<String,Object> context, Writer writer) throws RenderingException, IOException). RenderingException is left out: plugin servlets call render declaring IOException alone, so it is taken as unchecked (inferred).
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws IOException;
}
