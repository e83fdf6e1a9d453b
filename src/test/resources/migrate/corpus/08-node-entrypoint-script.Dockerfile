FROM node:22-bookworm-slim
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "index.js"]
