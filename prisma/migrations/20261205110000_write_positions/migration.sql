-- Read replicas: each principal's last write position, so its next reads see its own writes.
CREATE TABLE "write_position" (
    "actor" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "write_position_pkey" PRIMARY KEY ("actor")
);
