FROM alpine:3.8
RUN echo "this is db"