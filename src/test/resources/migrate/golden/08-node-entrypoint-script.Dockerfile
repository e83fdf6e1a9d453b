# dhi-picker: was node:22-bookworm-slim; the build steps run in this -dev stage
FROM dhi.io/node:22-debian13-dev AS build
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "index.js"]

# dhi-picker: runtime stage, it copies what stage build built
FROM dhi.io/node:22-debian13
WORKDIR /app
COPY --from=build /app /app
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "index.js"]
