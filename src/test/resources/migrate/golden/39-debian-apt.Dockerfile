# dhi-picker: was debian:12-slim
FROM dhi.io/debian-base:trixie-debian13-dev
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 \
    && rm -rf /var/lib/apt/lists/*
COPY app /usr/local/bin/app
USER 1000
ENTRYPOINT ["/usr/local/bin/app"]
