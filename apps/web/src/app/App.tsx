import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../features/auth/hooks';
import { changeLocale, storedLocale } from '../i18n';
import { LoginPage } from '../pages/LoginPage';
import { ProjectsPage } from '../pages/ProjectsPage';
import { NewProjectPage } from '../pages/NewProjectPage';
import { EditProjectPage } from '../pages/EditProjectPage';
import { ProjectPage } from '../pages/ProjectPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AddressesPage } from '../pages/project/AddressesPage';
import { AddressPage } from '../pages/project/AddressPage';
import { ImportPage } from '../pages/project/ImportPage';
import { GroupingsPage } from '../pages/project/GroupingsPage';
import { PlanPage } from '../pages/project/PlanPage';
import { HoursPage } from '../pages/project/HoursPage';
import { VisitsPage } from '../pages/project/VisitsPage';
import { LettersPage } from '../pages/project/LettersPage';
import { FormEditorPage } from '../pages/project/FormEditorPage';
import { HistoryImportPage } from '../pages/project/HistoryImportPage';
import { RegistrationPage } from '../pages/project/RegistrationPage';
import { SignalsPage } from '../pages/project/SignalsPage';
import { ActionsPage } from '../pages/project/ActionsPage';
import { ReferralsPage } from '../pages/project/ReferralsPage';
import { ReferralInboxPage } from '../pages/project/ReferralInboxPage';
import { ReferralReportPage } from '../pages/project/ReferralReportPage';
import { PicturePage } from '../pages/project/PicturePage';
import { PictureSessionPage } from '../pages/project/PictureSessionPage';
import { PictureThemesPage } from '../pages/project/PictureThemesPage';
import { PictureTopPage } from '../pages/project/PictureTopPage';
import { PicturePublicationsPage } from '../pages/project/PicturePublicationsPage';
import { PictureConversationsPage } from '../pages/project/PictureConversationsPage';
import { AuditPage } from '../pages/project/AuditPage';
import { OrganisationsPage } from '../pages/admin/OrganisationsPage';
import { OrganisationFormPage } from '../pages/admin/OrganisationFormPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { UserFormPage } from '../pages/admin/UserFormPage';
import { Layout, RequireUser } from './Layout';
import { Outlet } from 'react-router';

function RequireAdmin() {
  const user = useCurrentUser();
  return user.isAdmin ? <Outlet /> : <NotFoundPage />;
}

/** A device without a chosen language follows the account's language once signed in. */
function useAccountLocale() {
  const session = useSession();
  const { i18n } = useTranslation();
  const accountLocale = session.data?.user?.locale;
  useEffect(() => {
    if (accountLocale && !storedLocale() && i18n.language !== accountLocale) void changeLocale(accountLocale);
  }, [accountLocale, i18n]);
}

export function App() {
  useAccountLocale();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireUser />}>
          <Route index element={<ProjectsPage />} />
          <Route path="/projects/new" element={<NewProjectPage />} />
          <Route path="/projects/:id" element={<ProjectPage />} />
          <Route path="/projects/:id/edit" element={<EditProjectPage />} />
          <Route path="/projects/:id/addresses" element={<AddressesPage />} />
          <Route path="/projects/:id/addresses/import" element={<ImportPage />} />
          <Route path="/projects/:id/addresses/:addressId" element={<AddressPage />} />
          <Route path="/projects/:id/groupings" element={<GroupingsPage />} />
          <Route path="/projects/:id/plan" element={<PlanPage />} />
          <Route path="/projects/:id/hours" element={<HoursPage />} />
          <Route path="/projects/:id/visits" element={<VisitsPage />} />
          <Route path="/projects/:id/letters" element={<LettersPage />} />
          <Route path="/projects/:id/registration-form" element={<FormEditorPage />} />
          <Route path="/projects/:id/registrations/import" element={<HistoryImportPage />} />
          <Route path="/projects/:id/visits/:visitId/register" element={<RegistrationPage />} />
          <Route path="/projects/:id/signals" element={<SignalsPage />} />
          <Route path="/projects/:id/actions" element={<ActionsPage />} />
          <Route path="/projects/:id/referrals" element={<ReferralsPage />} />
          <Route path="/projects/:id/referral-inbox" element={<ReferralInboxPage />} />
          <Route path="/projects/:id/referral-report" element={<ReferralReportPage />} />
          <Route path="/projects/:id/picture" element={<PicturePage />} />
          <Route path="/projects/:id/picture/session" element={<PictureSessionPage />} />
          <Route path="/projects/:id/picture/themes" element={<PictureThemesPage />} />
          <Route path="/projects/:id/picture/top" element={<PictureTopPage />} />
          <Route path="/projects/:id/picture/publications" element={<PicturePublicationsPage />} />
          <Route path="/projects/:id/picture/conversations" element={<PictureConversationsPage />} />
          <Route path="/projects/:id/audit" element={<AuditPage />} />
          <Route path="/admin" element={<RequireAdmin />}>
            <Route index element={<Navigate to="/admin/organisations" replace />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="organisations/new" element={<OrganisationFormPage />} />
            <Route path="organisations/:id/edit" element={<OrganisationFormPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="users/new" element={<UserFormPage />} />
            <Route path="users/:id/edit" element={<UserFormPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
