import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapHome } from '@thuis/domain';
import { parseDecimal } from '../../lib/numbers';
import { Alert, Button, FormProblem, Section, SelectField, TextField } from '../../ui';
import { problemFrom, type FormProblem as Problem } from '../../lib/useFormErrors';
import { useSetHomePosition } from './hooks';
import type { MapPick } from './NeighbourhoodMap';

const homeLabel = (h: MapHome) => `${h.street} ${h.houseNumber}${h.addition ? ` ${h.addition}` : ''}, ${h.postcode}`;

/** Puts a home the import gave no coordinates on the map: from the spot clicked, or typed coordinates. */
export function HomePositionForm({ projectId, homes, picked }: { projectId: string; homes: readonly MapHome[]; picked: MapPick | null }) {
  const { t } = useTranslation();
  const setPosition = useSetHomePosition(projectId);
  const [addressId, setAddressId] = useState('');
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (!picked) return;
    setLatitude(String(picked.latitude));
    setLongitude(String(picked.longitude));
  }, [picked]);

  const title = t('placesPage.homeTitle');
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const home = homes.find((h) => h.id === addressId);
    const lat = parseDecimal(latitude);
    const lng = parseDecimal(longitude);
    if (!home || lat === undefined || lng === undefined || Number.isNaN(lat) || Number.isNaN(lng)) {
      setProblem({ message: t('placesPage.homeIncomplete'), details: [] });
      return;
    }
    try {
      await setPosition.mutateAsync({ addressId, position: { latitude: lat, longitude: lng } });
      setDone(homeLabel(home));
      setAddressId('');
    } catch (error) {
      setProblem(problemFrom(error, t('errors.server')));
    }
  };

  return (
    <Section title={title}>
      {done ? <Alert type="ok">{t('placesPage.homePlaced', { home: done })}</Alert> : null}
      <form onSubmit={submit} noValidate className="thuis-form" aria-label={title}>
        <FormProblem problem={problem} />
        <SelectField
          label={t('placesPage.home')}
          placeholder={t('common.choose')}
          options={homes.map((h) => ({ value: h.id, label: homeLabel(h) }))}
          value={addressId}
          onChange={(e) => setAddressId(e.target.value)}
        />
        <TextField label={t('fields.latitude')} inputMode="decimal" autoComplete="off" value={latitude} onChange={(e) => setLatitude(e.target.value)} />
        <TextField label={t('fields.longitude')} inputMode="decimal" autoComplete="off" value={longitude} onChange={(e) => setLongitude(e.target.value)} />
        <Button type="submit" appearance="secondary" busy={setPosition.isPending} disabled={setPosition.isPending}>
          {t('placesPage.homeSubmit')}
        </Button>
      </form>
    </Section>
  );
}
