FROM busybox:1.36
COPY hello.txt /hello.txt
CMD ["cat", "/hello.txt"]
