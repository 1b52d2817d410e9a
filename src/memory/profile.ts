/** What the hub remembers about a user: the data mini-programs may read only through consent scopes. */
export interface UserProfile {
  id: string;
  name: string;
  nameEn?: string;
  lang: 'zh' | 'en';
  phone?: string;
  city?: string;
  realname?: { name: string; idNumber: string };
  addresses: { id: string; label: string; contact: string; phone: string; city: string; text: string }[];
  passengers: { id: string; name: string; relation: string; idNumber: string; phone?: string }[];
  location?: { city: string; latitude: number; longitude: number };
  /** Usual choices per mini-program: `{ coffee: { drinkId: 'd03', size: 'L', … } }`. */
  preferences: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}
