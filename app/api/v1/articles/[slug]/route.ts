import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadArticle } from "@/lib/api/load/articles";

export const GET = apiGet(endpoints.getArticle, loadArticle);
export const OPTIONS = corsPreflight;
