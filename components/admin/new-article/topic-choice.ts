/** A topic the editor can put on a drafted meeting. */
export interface TopicChoice {
  slug: string;
  labelRu: string;
  labelEn: string;
}
