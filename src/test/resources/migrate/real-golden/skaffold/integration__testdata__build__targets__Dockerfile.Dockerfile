ARG BASE_PREFIX=mirror.gcr.io/library/
# dhi-picker: was mirror.gcr.io/library/busybox
FROM dhi.io/busybox:1-debian13-dev as target1

COPY file1 file2 /data/
RUN [ "$(find /data -type f | wc -l | xargs)" == "2" ]

# dhi-picker: was mirror.gcr.io/library/busybox
FROM dhi.io/busybox:1-debian13-dev as target2

COPY file3 /data/
RUN [ "$(find /data -type f | wc -l | xargs)" == "1" ]