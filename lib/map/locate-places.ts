import { placeLocation, type PlaceLocation } from "@/lib/domain/place-locations";

export interface LocatedPlace {
  nameRu: string;
  nameEn: string | null;
  meetings: number;
  latest: string | null;
  location: PlaceLocation;
}

/** Places split into those with a point on the map and those without (listed under it, never dropped). */
export function locatePlaces<P extends Omit<LocatedPlace, "location">>(places: P[]): { located: (P & { location: PlaceLocation })[]; unlocated: P[] } {
  const located: (P & { location: PlaceLocation })[] = [];
  const unlocated: P[] = [];
  for (const p of places) {
    const location = placeLocation(p.nameRu);
    if (location) located.push({ ...p, location });
    else unlocated.push(p);
  }
  return { located, unlocated };
}
