# Varnish 7 in front of Newsroom Graph (docs/deployment.md, "Caching"). Needs vmod xkey
# (Debian: apt-get install varnish varnish-modules). It caches anonymous GET /graphql answers for as
# long as the API's Cache-Control says, files them under the API's Surrogate-Key tags, and drops them
# when an API instance sends `PURGE` with an `xkey-purge: <tags>` header (NEWSROOM_PURGE_URL).
vcl 4.1;

import xkey;

# One API instance here; for several, one backend each and a vmod directors round robin.
backend api {
    .host = "127.0.0.1";
    .port = "4000";
    .connect_timeout = 1s;
    .first_byte_timeout = 15s;
}

# Who may purge: the API instances (NEWSROOM_PURGE_URL points here). Anyone else gets 403.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "PURGE is not allowed from this address"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "PURGE needs an xkey-purge header with the tags to purge"));
        }
        # A hard purge: the next request fetches a fresh answer (a soft purge would serve the stale one in grace).
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "purged " + req.http.x-purged + " objects"));
    }
    # Only GraphQL reads are cached; /health, /ready, /metrics, /explorer always reach the API.
    if (req.url !~ "^/graphql(\?|$)" || (req.method != "GET" && req.method != "HEAD")) {
        return (pass);
    }
    # Answers to credentialed requests are the requester's own (the API marks them private, no-store too).
    if (req.http.Authorization || req.http.Cookie) {
        return (pass);
    }
    # The API answers these Accept values differently; normalised, a URL has at most two variants (Vary: Accept).
    if (req.http.Accept ~ "text/html") {
        return (pass);
    } elsif (req.http.Accept ~ "application/graphql-response\+json") {
        set req.http.Accept = "application/graphql-response+json";
    } else {
        set req.http.Accept = "application/json";
    }
    return (hash);
}

sub vcl_hash {
    # The URL is the query: persisted-query hash, variables, operation name. This Varnish serves the API only.
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_response {
    # TTL and grace come from the API's Cache-Control (max-age, stale-while-revalidate); private or
    # no-store answers become hit-for-miss in the built-in VCL, which runs after this.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    if (resp.http.xkey) {
        # Browsers cannot be purged: they revalidate every time, and Varnish answers them from its cache.
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
        unset resp.http.xkey;
        # The tags are kept for the purgers (debugging a purge); nobody else needs them.
        if (client.ip !~ purgers) {
            unset resp.http.Surrogate-Key;
        }
    }
}
