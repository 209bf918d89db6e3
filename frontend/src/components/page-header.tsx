import { Anchor, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronLeftIcon } from './icons';

export function PageHeader({ title, backTo, actions, badge }: { title: ReactNode; backTo?: string; actions?: ReactNode; badge?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mb="lg">
      {backTo && (
        <Anchor component={Link} to={backTo} className="touch-link" fw={600}>
          <Group gap={4} component="span">
            <ChevronLeftIcon size={18} />
            {t('common.back')}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 26, sm: 30 }}>
            {title}
          </Title>
          {badge}
        </Group>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
