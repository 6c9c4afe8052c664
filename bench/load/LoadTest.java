import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the casework benchmark (issue #3): N concurrent signed-in users, each alternating a client search and a
 * case page, for a fixed time. Prints client-side latencies; the server's own times come from the
 * http.server.requests histogram that bench/casework.sh reads afterwards.
 *
 * java bench/load/LoadTest.java <baseUrl> <user> <password> <caseIdsFile> <users> <seconds> [adminUser adminPassword]
 *
 * With an admin account it also reads the server's http.server.requests histogram before and after the run and
 * prints the server-side p95 of the run alone, from the bucket counts that grew in between (an upper bound: the
 * bucket's edge).
 */
public class LoadTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final String[][] NAMES = {
            {"Al-Hassan", "Mohammed"}, {"Alhasan", "Muhammad"}, {"Haddad", "Omar"}, {"Ahmadi", "Ali"}, {"Hosseini", "Zahra"},
            {"Kovalenko", "Oleksandr"}, {"Kowalenko", "Aleksandr"}, {"Shevchenko", "Iryna"}, {"Yilmaz", "Mehmet"},
            {"Tesfay", "Yonas"}, {"Diallo", "Mamadou"}, {"Popescu", "Elena"}, {"Ibrahim", "Dilan"}, {"Karimi", "Maryam"}};

    record Sample(String kind, long micros, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> caseIds = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
        int users = Integer.parseInt(args[4]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[5]));
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        String admin = args.length > 7 ? java.util.Base64.getEncoder().encodeToString((args[6] + ":" + args[7]).getBytes(StandardCharsets.UTF_8)) : null;
        java.util.Map<String, java.util.TreeMap<Double, Double>> before = admin == null ? null : buckets(base, admin);
        long end = System.nanoTime() + duration.toNanos();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int seed = u;
                executor.submit(() -> {
                    HttpClient http = signIn(base, args[1], args[2]);
                    Random random = new Random(seed);
                    while (System.nanoTime() < end) {
                        String[] name = NAMES[random.nextInt(NAMES.length)];
                        samples.add(get(http, "search", base + "/clients?familyName=" + enc(name[0]) + "&givenNames=" + enc(name[1])));
                        think(random);
                        samples.add(get(http, "case", base + "/cases/" + caseIds.get(random.nextInt(caseIds.size()))));
                        think(random);
                    }
                    return null;
                });
            }
        }
        if (admin != null) {
            java.util.Map<String, java.util.TreeMap<Double, Double>> after = buckets(base, admin);
            System.out.println("routes seen: " + after.keySet());
            for (String uri : List.of("/clients", "/cases/{id}")) {
                java.util.TreeMap<Double, Double> grown = new java.util.TreeMap<>();
                after.getOrDefault(uri, new java.util.TreeMap<>()).forEach((le, count) ->
                        grown.put(le, count - before.getOrDefault(uri, new java.util.TreeMap<>()).getOrDefault(le, 0.0)));
                double total = grown.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
                Double p95 = grown.entrySet().stream().filter(e -> e.getValue() >= 0.95 * total).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
                Double p50 = grown.entrySet().stream().filter(e -> e.getValue() >= 0.50 * total).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
                System.out.printf("server %s: n=%.0f p50<=%.0f ms p95<=%.0f ms%n", uri, total, p50 == null ? -1 : p50 * 1000, p95 == null ? -1 : p95 * 1000);
            }
        }
        for (String kind : List.of("search", "case")) {
            List<Long> times = new ArrayList<>(samples.stream().filter(s -> s.kind().equals(kind)).map(Sample::micros).toList());
            long errors = samples.stream().filter(s -> s.kind().equals(kind) && s.status() != 200).count();
            Collections.sort(times);
            System.out.printf("%s: n=%d errors=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms (client side)%n", kind, times.size(), errors,
                    pct(times, 0.50), pct(times, 0.95), pct(times, 0.99));
        }
    }

    // The labels up to the last closing brace of the line: a route's label may hold braces itself (uri="/cases/{id}"),
    // and stopping at the first one lost every templated route.
    static final Pattern BUCKET = Pattern.compile(
            "http_server_requests_seconds_bucket\\{(.*)\\} ([0-9.eE+-]+)");

    /** Cumulative bucket counts of successful GETs per route, from the Prometheus endpoint. */
    static java.util.Map<String, java.util.TreeMap<Double, Double>> buckets(String base, String basicAuth) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                .header("Authorization", "Basic " + basicAuth).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.Map<String, java.util.TreeMap<Double, Double>> result = new java.util.HashMap<>();
        Matcher m = BUCKET.matcher(text);
        while (m.find()) {
            String labels = m.group(1);
            if (!labels.contains("method=\"GET\"") || !labels.contains("status=\"200\"")) {
                continue;
            }
            Matcher uri = Pattern.compile("uri=\"([^\"]*)\"").matcher(labels);
            Matcher le = Pattern.compile("le=\"([^\"]*)\"").matcher(labels);
            if (uri.find() && le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                result.computeIfAbsent(uri.group(1), k -> new java.util.TreeMap<>()).merge(bound, Double.parseDouble(m.group(2)), Double::sum);
            }
        }
        return result;
    }

    /** A person reads a page before the next click: -Dthink.ms=1000 waits 0.5 to 1.5 s; 0 (default) hammers. */
    static void think(Random random) throws InterruptedException {
        long think = Long.getLong("think.ms", 0);
        if (think > 0) {
            Thread.sleep(think / 2 + (long) (random.nextDouble() * think));
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Sample get(HttpClient http, String kind, String url) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sample(kind, (System.nanoTime() - start) / 1000, response.statusCode());
        } catch (Exception e) {
            return new Sample(kind, (System.nanoTime() - start) / 1000, -1);
        }
    }

    static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in failed for " + user);
        }
        return http;
    }
}
