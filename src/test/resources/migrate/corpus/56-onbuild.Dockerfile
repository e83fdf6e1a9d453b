FROM node:20 AS base
ONBUILD COPY package.json /app/
ONBUILD RUN npm install
WORKDIR /app
CMD ["node", "server.js"]
