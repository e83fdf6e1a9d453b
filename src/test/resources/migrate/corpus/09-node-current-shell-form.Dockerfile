FROM node:current
WORKDIR /app
COPY . .
CMD npm start
