FROM node:22 AS base
WORKDIR /app
COPY package.json .

FROM base AS test
RUN npm test

FROM base AS prod
RUN npm ci --omit=dev
CMD ["node", "index.js"]
