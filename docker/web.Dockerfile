# syntax=docker/dockerfile:1
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/package.json
RUN npm ci --no-audit --no-fund
COPY libs/contracts libs/contracts
COPY apps/web apps/web
RUN npm run build -w @trainaction/web

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/package.json
RUN npm ci --omit=dev -w @trainaction/web --include-workspace-root=false --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/apps/web/build apps/web/build
COPY apps/web/server.js apps/web/server.js
# The TRUST_PROXY reading and the request id rule the API uses too (plain JavaScript; proxy-addr and pino are
# dependencies of the web app).
COPY libs/platform/src/http/trust-proxy.mjs libs/platform/src/http/request-ids.mjs libs/platform/src/http/
USER node
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:8080/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/web/server.js"]
