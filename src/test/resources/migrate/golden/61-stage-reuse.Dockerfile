# dhi-picker: was node:22
FROM dhi.io/node:22-debian13-dev AS base
WORKDIR /app
COPY package.json .

FROM base AS test
RUN npm test

FROM base AS prod
RUN npm ci --omit=dev
CMD ["node", "index.js"]
