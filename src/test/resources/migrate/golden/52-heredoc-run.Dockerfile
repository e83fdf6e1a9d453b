# syntax=docker/dockerfile:1.7
# dhi-picker: was debian:bookworm
FROM dhi.io/debian-base:trixie-debian13-dev AS build
RUN <<EOF
set -e
apt-get update
apt-get install -y build-essential
EOF
COPY <<-CONF /etc/app.conf
	listen=8080
	CONF
RUN make -C /src

# dhi-picker: was debian:bookworm-slim
FROM dhi.io/debian-base:trixie-debian13
COPY --from=build /src/app /usr/bin/app
CMD ["/usr/bin/app"]
