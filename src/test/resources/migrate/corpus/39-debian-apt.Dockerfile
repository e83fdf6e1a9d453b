FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 \
    && rm -rf /var/lib/apt/lists/*
COPY app /usr/local/bin/app
USER 1000
ENTRYPOINT ["/usr/local/bin/app"]
