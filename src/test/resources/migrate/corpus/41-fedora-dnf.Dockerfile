FROM fedora:40
RUN dnf install -y golang && dnf clean all
COPY tool /usr/bin/tool
ENTRYPOINT ["/usr/bin/tool"]
