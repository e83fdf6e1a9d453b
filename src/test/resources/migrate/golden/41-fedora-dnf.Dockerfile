# dhi-picker: was fedora:40
FROM dhi.io/debian-base:trixie-debian13-dev
RUN dnf install -y golang && dnf clean all
COPY tool /usr/bin/tool
ENTRYPOINT ["/usr/bin/tool"]
