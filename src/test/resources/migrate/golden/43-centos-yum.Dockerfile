# dhi-picker: was centos:7
FROM dhi.io/debian-base:trixie-debian13-dev
RUN yum install -y httpd && yum clean all
EXPOSE 80
CMD ["/usr/sbin/httpd", "-DFOREGROUND"]
