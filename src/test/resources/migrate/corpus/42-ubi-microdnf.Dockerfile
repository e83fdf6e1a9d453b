FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y shadow-utils && microdnf clean all
COPY service /opt/service
USER 1001
CMD ["/opt/service"]
