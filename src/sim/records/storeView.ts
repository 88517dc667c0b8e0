/** At most this many items or objects are listed in a store view (the counts stay exact). */
export const STORE_VIEW_LIMIT = 10_000;

/** What a store holds at the end of a run (or now), for the inspector: read-only copies. */
export type StoreView =
  | {
      type: 'table';
      partitionKey: string;
      sortKey: string | null;
      itemCount: number;
      /** Items in DynamoDB JSON, in partition then sort-key order. */
      items: unknown[];
      truncated: boolean;
    }
  | {
      type: 'bucket';
      bucket: string;
      objectCount: number;
      /** Objects in key order. */
      objects: Array<{
        key: string;
        size: number;
        eTag: string;
        lastModified: string;
        contentType: string;
        body: string;
      }>;
      truncated: boolean;
    };
