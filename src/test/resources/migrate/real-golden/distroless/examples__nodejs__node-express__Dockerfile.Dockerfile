# dhi-picker: was node:22
FROM dhi.io/node:22-debian13-dev AS build-env
ADD . /app
WORKDIR /app
RUN npm install --omit=dev

# dhi-picker: was gcr.io/distroless/nodejs22-debian13
FROM dhi.io/node:22-debian13
# dhi-picker: the upstream image ran CMD with this ENTRYPOINT; the DHI image has none
ENTRYPOINT ["node"]
COPY --from=build-env /app /app
WORKDIR /app
EXPOSE 3000
CMD ["hello_express.js"]
