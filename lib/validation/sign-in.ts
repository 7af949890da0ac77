import { z } from "zod";
import { LIMITS } from "./limits";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "email" }).max(200)),
  password: z.string().min(1).max(LIMITS.password),
});
