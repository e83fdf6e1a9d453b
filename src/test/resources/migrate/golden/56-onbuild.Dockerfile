# dhi-picker: was node:20
FROM dhi.io/node:22-debian13 AS base
ONBUILD COPY package.json /app/
ONBUILD RUN npm install
WORKDIR /app
CMD ["node", "server.js"]
