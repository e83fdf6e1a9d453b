# dhi-picker: was busybox:1.36
FROM dhi.io/busybox:1-debian13
COPY hello.txt /hello.txt
CMD ["cat", "/hello.txt"]
