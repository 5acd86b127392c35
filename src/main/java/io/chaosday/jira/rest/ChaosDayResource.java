package io.chaosday.jira.rest;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import io.chaosday.jira.link.ConfluenceConnections;
import io.chaosday.jira.tracker.ProjectMark;
import io.chaosday.tracker.IssueTracker;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.time.Clock;

/**
 * The Chaos Day page's REST resource, {@code /rest/chaosday/1.0/project/{projectKey}/...}, as
 * docs/openapi/chaosday-rest.yaml describes it; {@link ChaosDayCalls} does the work. The annotation
 * keeps out users without a licence; each call checks the project permission in code. Calls that
 * change something take JSON only, so Jira's XSRF check applies to them.
 */
@Path("/project/{projectKey}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ChaosDayResource {

    private final ChaosDayCalls calls;

    /** Jersey builds the resource through this constructor, injecting what the plugin's Spring context holds. */
    @Inject
    public ChaosDayResource(JiraAuthenticationContext authentication, PermissionManager permissions, ProjectManager projects,
            IssueTracker tracker, ClusterLockService locks, I18nResolver i18n, ConfluenceConnections confluence,
            ApplicationProperties application, Clock clock, ProjectMark marks) {
        this.calls = new ChaosDayCalls(authentication, permissions, projects, tracker, locks, i18n, confluence, application, clock,
                marks);
    }

    @GET
    @Path("definition")
    public Response getDefinition(@PathParam("projectKey") String projectKey) {
        return http(calls.getDefinition(projectKey));
    }

    @PUT
    @Path("definition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putDefinition(@PathParam("projectKey") String projectKey, String body) {
        return http(calls.putDefinition(projectKey, body));
    }

    @POST
    @Path("reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reschedule(@PathParam("projectKey") String projectKey, @QueryParam("dryRun") boolean dryRun, String body) {
        return http(calls.reschedule(projectKey, dryRun, body));
    }

    @GET
    @Path("status")
    public Response getStatus(@PathParam("projectKey") String projectKey) {
        return http(calls.getStatus(projectKey));
    }

    @GET
    @Path("ready")
    public Response getReady(@PathParam("projectKey") String projectKey) {
        return http(calls.getReady(projectKey));
    }

    @GET
    @Path("day")
    public Response getDay(@PathParam("projectKey") String projectKey) {
        return http(calls.getDay(projectKey));
    }

    @POST
    @Path("experiments/{issueKey}/log")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@PathParam("projectKey") String projectKey, @PathParam("issueKey") String issueKey, String body) {
        return http(calls.log(projectKey, issueKey, body));
    }

    @GET
    @Path("experiments")
    public Response getExperiments(@PathParam("projectKey") String projectKey) {
        return http(calls.getExperiments(projectKey));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("projectKey") String projectKey, String body) {
        return http(calls.publish(projectKey, body));
    }

    private static Response http(ChaosDayCalls.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.json()).build();
    }
}
