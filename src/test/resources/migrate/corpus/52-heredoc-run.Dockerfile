# syntax=docker/dockerfile:1.7
FROM debian:bookworm AS build
RUN <<EOF
set -e
apt-get update
apt-get install -y build-essential
EOF
COPY <<-CONF /etc/app.conf
	listen=8080
	CONF
RUN make -C /src

FROM debian:bookworm-slim
COPY --from=build /src/app /usr/bin/app
CMD ["/usr/bin/app"]
