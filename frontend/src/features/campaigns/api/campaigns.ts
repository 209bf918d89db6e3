import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Campaign, CampaignEntry, CampaignImport, CampaignPage, CreateCampaignRequest } from '@/lib/api-types';
import { storeKey } from '@/lib/query-keys';
import { uploadFile } from '@/lib/upload-file';

export const campaignsKey = (store: string) => [...storeKey(store), 'campaigns'] as const;

/** R-REM-6: the store's campaigns, newest first, with their progress. */
export function useCampaigns(store: string) {
  return useQuery({
    queryKey: [...campaignsKey(store), 'list'] as const,
    queryFn: async (): Promise<CampaignPage> => (await unwrap(api.GET('/api/stores/{store}/campaigns', { params: { path: { store }, query: { limit: 50 } } }))).data,
  });
}

export function useCreateCampaign(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateCampaignRequest): Promise<Campaign> => (await unwrap(api.POST('/api/stores/{store}/campaigns', { params: { path: { store } }, body }))).data,
    onSuccess: () => qc.invalidateQueries({ queryKey: campaignsKey(store) }),
  });
}

/** Uploads the campaign's VIN list (multipart `file`) with the upload's progress (0-1); the answer is the report. */
export async function importVins(store: string, campaignId: string, file: File, onProgress: (fraction: number) => void): Promise<CampaignImport> {
  const answer = await uploadFile(`/api/stores/${encodeURIComponent(store)}/campaigns/${encodeURIComponent(campaignId)}/imports`, file, onProgress);
  if (answer.status === 201) return answer.body as CampaignImport;
  throw answer.error();
}

/** The running campaigns whose work is still to be done on this car (its page, the check-in, its order). */
export function useOpenCampaigns(store: string, vehicleId: string) {
  return useQuery({
    queryKey: [...campaignsKey(store), 'open', vehicleId] as const,
    queryFn: async (): Promise<CampaignEntry[]> =>
      (await unwrap(api.GET('/api/stores/{store}/campaigns/open', { params: { path: { store }, query: { vehicleId } } }))).data.items,
  });
}

/** The campaign work was done on this repair order of the car (If-Match with the entry's version). */
export function useCampaignDone(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ entry, repairOrderId }: { entry: Pick<CampaignEntry, 'id' | 'version'>; repairOrderId: string }): Promise<CampaignEntry> =>
      (
        await unwrap(
          api.POST('/api/stores/{store}/campaigns/entries/{entryId}/done', {
            params: { path: { store, entryId: entry.id }, header: { 'If-Match': `"${entry.version}"` } },
            body: { repairOrderId, note: null },
          }),
        )
      ).data,
    onSettled: () => qc.invalidateQueries({ queryKey: campaignsKey(store) }),
  });
}
