package cn.govdisclosure.loadgenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What an administrator does before the surge: registers each planned agency and its clerk and approver (level 1).
 * Registering again finds them in place (409) and goes on.
 */
public final class AgencyRegistrar {

    private final SystemUnderLoad system;
    private final HttpApi api;
    private final String adminToken;

    private AgencyRegistrar(SystemUnderLoad system, HttpApi api, String adminToken) {
        this.system = system;
        this.api = api;
        this.adminToken = adminToken;
    }

    /** Signs the administrator in. */
    public static AgencyRegistrar signIn(SystemUnderLoad system, String username, String password,
                                         FilingOptions options) {
        HttpApi api = new HttpApi(options, FilingListener.NONE);
        return new AgencyRegistrar(system, api, api.signIn(system.submissionUrl(), username, password));
    }

    /** Registers every plan's agency and people, {@code concurrency} at a time. */
    public void register(List<AgencyPlan> plans, int concurrency) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency),
                Surge.daemonThreads("registrar"));
        try {
            List<Future<?>> registrations = new ArrayList<>();
            plans.forEach(plan -> registrations.add(pool.submit(() -> register(plan))));
            for (Future<?> registration : registrations) {
                registration.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FilingFailedException("Registration was interrupted", e);
        } catch (ExecutionException e) {
            throw new FilingFailedException("Registration failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    public void register(AgencyPlan plan) {
        HttpApi.expect(api.postJson("register-agency", system.submissionUrl() + "/api/agencies", adminToken,
                Map.of("creditCode", plan.creditCode(), "name", plan.agencyName(), "regionCode",
                        plan.regionCode())), "register-agency", 201, 409);
        account(plan, plan.clerk(), "CLERK", null);
        account(plan, plan.approver(), "APPROVER", 1);
    }

    private void account(AgencyPlan plan, String username, String role, Integer approvalLevel) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("password", plan.password());
        account.put("roles", List.of(role));
        account.put("creditCode", plan.creditCode());
        if (approvalLevel != null) {
            account.put("approvalLevel", approvalLevel);
        }
        HttpApi.expect(api.postJson("register-account", system.submissionUrl() + "/api/accounts", adminToken,
                account), "register-account", 201, 409);
    }
}
