import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { FollowUpCoverage, SurveyRequest, SurveyResponse, SurveyTemplate } from '@/lib/api-types';
import { followUpKey } from './keys';

/** R-FUP-2: the store's current survey (version 0 = the rule's survey as shipped). */
export function useSurveyTemplate(store: string) {
  return useQuery({
    queryKey: [...followUpKey(store), 'survey-template'] as const,
    queryFn: async (): Promise<SurveyTemplate> =>
      (await unwrap(api.GET('/api/stores/{store}/follow-up/survey-template', { params: { path: { store } } }))).data,
    staleTime: 300_000,
  });
}

/** R-FUP-2: the customer's answers on the follow-up call; a low overall score opens a complaint (R-FUP-5). */
export function useRecordSurvey(store: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ taskId, body }: { taskId: string; body: SurveyRequest }): Promise<SurveyResponse> =>
      (await unwrap(api.POST('/api/stores/{store}/follow-up/tasks/{taskId}/survey', { params: { path: { store, taskId } }, body }))).data,
    onSettled: () => qc.invalidateQueries({ queryKey: followUpKey(store) }),
  });
}

/** R-FUP-3: delivered, sampled and surveyed orders per store week. */
export function useCoverage(store: string, weeks = 4) {
  return useQuery({
    queryKey: [...followUpKey(store), 'coverage', weeks] as const,
    queryFn: async (): Promise<FollowUpCoverage> =>
      (await unwrap(api.GET('/api/stores/{store}/follow-up/coverage', { params: { path: { store }, query: { weeks } } }))).data,
  });
}
