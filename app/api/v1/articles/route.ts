import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadArticleList } from "@/lib/api/load/articles";

export const GET = apiGet(endpoints.listArticles, loadArticleList);
export const OPTIONS = corsPreflight;
