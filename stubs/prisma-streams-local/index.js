// `prisma dev` (Prisma's own local database) needs Node 22; this project runs on Node 20 and brings
// its own local PostgreSQL (src/db/local-postgres.ts), so nothing here imports this package.
throw new Error("@prisma/streams-local is stubbed in this project: `prisma dev` needs Node 22; use npm run db:start");
