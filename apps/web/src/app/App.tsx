import { useEffect } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../features/auth/hooks';
import { changeLocale, storedLocale } from '../i18n';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Layout, RequireUser } from './Layout';
import { lazyPage } from './lazyPage';

const ProjectsPage = lazyPage(() => import('../pages/ProjectsPage'), 'ProjectsPage');
const ProjectPage = lazyPage(() => import('../pages/ProjectPage'), 'ProjectPage');
const VisitsPage = lazyPage(() => import('../pages/project/VisitsPage'), 'VisitsPage');
const RegistrationPage = lazyPage(() => import('../pages/project/RegistrationPage'), 'RegistrationPage');
const SignalsPage = lazyPage(() => import('../pages/project/SignalsPage'), 'SignalsPage');
const NewProjectPage = lazyPage(() => import('../pages/NewProjectPage'), 'NewProjectPage');
const EditProjectPage = lazyPage(() => import('../pages/EditProjectPage'), 'EditProjectPage');
const AddressesPage = lazyPage(() => import('../pages/project/AddressesPage'), 'AddressesPage');
const AddressPage = lazyPage(() => import('../pages/project/AddressPage'), 'AddressPage');
const ImportPage = lazyPage(() => import('../pages/project/ImportPage'), 'ImportPage');
const GroupingsPage = lazyPage(() => import('../pages/project/GroupingsPage'), 'GroupingsPage');
const PlanPage = lazyPage(() => import('../pages/project/PlanPage'), 'PlanPage');
const HoursPage = lazyPage(() => import('../pages/project/HoursPage'), 'HoursPage');
const LettersPage = lazyPage(() => import('../pages/project/LettersPage'), 'LettersPage');
const FormEditorPage = lazyPage(() => import('../pages/project/FormEditorPage'), 'FormEditorPage');
const HistoryImportPage = lazyPage(() => import('../pages/project/HistoryImportPage'), 'HistoryImportPage');
const ActionsPage = lazyPage(() => import('../pages/project/ActionsPage'), 'ActionsPage');
const ActivitiesPage = lazyPage(() => import('../pages/project/ActivitiesPage'), 'ActivitiesPage');
const InterimEvaluationsPage = lazyPage(() => import('../pages/project/InterimEvaluationsPage'), 'InterimEvaluationsPage');
const PreparationPage = lazyPage(() => import('../pages/project/PreparationPage'), 'PreparationPage');
const ReferralsPage = lazyPage(() => import('../pages/project/ReferralsPage'), 'ReferralsPage');
const ReferralInboxPage = lazyPage(() => import('../pages/project/ReferralInboxPage'), 'ReferralInboxPage');
const ReferralReportPage = lazyPage(() => import('../pages/project/ReferralReportPage'), 'ReferralReportPage');
const TalentsPage = lazyPage(() => import('../pages/project/TalentsPage'), 'TalentsPage');
const PicturePage = lazyPage(() => import('../pages/project/PicturePage'), 'PicturePage');
const PictureSessionPage = lazyPage(() => import('../pages/project/PictureSessionPage'), 'PictureSessionPage');
const PictureThemesPage = lazyPage(() => import('../pages/project/PictureThemesPage'), 'PictureThemesPage');
const PictureTopPage = lazyPage(() => import('../pages/project/PictureTopPage'), 'PictureTopPage');
const ActionPlanPage = lazyPage(() => import('../pages/project/ActionPlanPage'), 'ActionPlanPage');
const FinalReportPage = lazyPage(() => import('../pages/project/FinalReportPage'), 'FinalReportPage');
const PicturePublicationsPage = lazyPage(() => import('../pages/project/PicturePublicationsPage'), 'PicturePublicationsPage');
const PictureConversationsPage = lazyPage(() => import('../pages/project/PictureConversationsPage'), 'PictureConversationsPage');
const PlacesPage = lazyPage(() => import('../pages/project/PlacesPage'), 'PlacesPage');
const StoriesPage = lazyPage(() => import('../pages/project/StoriesPage'), 'StoriesPage');
const RipplesPage = lazyPage(() => import('../pages/project/RipplesPage'), 'RipplesPage');
const RippleMapPage = lazyPage(() => import('../pages/project/RippleMapPage'), 'RippleMapPage');
const AuditPage = lazyPage(() => import('../pages/project/AuditPage'), 'AuditPage');
const SurveysPage = lazyPage(() => import('../pages/project/SurveysPage'), 'SurveysPage');
const ResidentRequestsPage = lazyPage(() => import('../pages/project/ResidentRequestsPage'), 'ResidentRequestsPage');
const PrivacyPlanPage = lazyPage(() => import('../pages/project/PrivacyPlanPage'), 'PrivacyPlanPage');
const SurveyLinkPage = lazyPage(() => import('../pages/SurveyLinkPage'), 'SurveyLinkPage');
const OrganisationsPage = lazyPage(() => import('../pages/admin/OrganisationsPage'), 'OrganisationsPage');
const OrganisationFormPage = lazyPage(() => import('../pages/admin/OrganisationFormPage'), 'OrganisationFormPage');
const UsersPage = lazyPage(() => import('../pages/admin/UsersPage'), 'UsersPage');
const UserFormPage = lazyPage(() => import('../pages/admin/UserFormPage'), 'UserFormPage');
const AccountEventsPage = lazyPage(() => import('../pages/admin/AccountEventsPage'), 'AccountEventsPage');
const AccountPage = lazyPage(() => import('../pages/AccountPage'), 'AccountPage');
const NewPasswordPage = lazyPage(() => import('../pages/NewPasswordPage'), 'NewPasswordPage');

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
        <Route path="/new-password" element={<NewPasswordPage />} />
        <Route path="/s" element={<SurveyLinkPage />} />
        <Route element={<RequireUser />}>
          <Route index element={<ProjectsPage />} />
          <Route path="/account" element={<AccountPage />} />
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
          <Route path="/projects/:id/privacy-plan" element={<PrivacyPlanPage />} />
          <Route path="/projects/:id/letters" element={<LettersPage />} />
          <Route path="/projects/:id/registration-form" element={<FormEditorPage />} />
          <Route path="/projects/:id/registrations/import" element={<HistoryImportPage />} />
          <Route path="/projects/:id/visits/:visitId/register" element={<RegistrationPage />} />
          <Route path="/projects/:id/signals" element={<SignalsPage />} />
          <Route path="/projects/:id/actions" element={<ActionsPage />} />
          <Route path="/projects/:id/activities" element={<ActivitiesPage />} />
          <Route path="/projects/:id/interim-evaluations" element={<InterimEvaluationsPage />} />
          <Route path="/projects/:id/preparation" element={<PreparationPage />} />
          <Route path="/projects/:id/referrals" element={<ReferralsPage />} />
          <Route path="/projects/:id/referral-inbox" element={<ReferralInboxPage />} />
          <Route path="/projects/:id/referral-report" element={<ReferralReportPage />} />
          <Route path="/projects/:id/talents" element={<TalentsPage />} />
          <Route path="/projects/:id/picture" element={<PicturePage />} />
          <Route path="/projects/:id/picture/session" element={<PictureSessionPage />} />
          <Route path="/projects/:id/picture/themes" element={<PictureThemesPage />} />
          <Route path="/projects/:id/picture/top" element={<PictureTopPage />} />
          <Route path="/projects/:id/picture/publications" element={<PicturePublicationsPage />} />
          <Route path="/projects/:id/action-plan" element={<ActionPlanPage />} />
          <Route path="/projects/:id/final-report" element={<FinalReportPage />} />
          <Route path="/projects/:id/picture/conversations" element={<PictureConversationsPage />} />
          <Route path="/projects/:id/places" element={<PlacesPage />} />
          <Route path="/projects/:id/stories" element={<StoriesPage />} />
          <Route path="/projects/:id/ripples" element={<RipplesPage />} />
          <Route path="/projects/:id/ripples/:mapId" element={<RippleMapPage />} />
          <Route path="/projects/:id/audit" element={<AuditPage />} />
          <Route path="/projects/:id/surveys" element={<SurveysPage />} />
          <Route path="/projects/:id/resident-requests" element={<ResidentRequestsPage />} />
          <Route path="/admin" element={<RequireAdmin />}>
            <Route index element={<Navigate to="/admin/organisations" replace />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="organisations/new" element={<OrganisationFormPage />} />
            <Route path="organisations/:id/edit" element={<OrganisationFormPage />} />
            <Route path="users" element={<UsersPage />} />
            <Route path="users/new" element={<UserFormPage />} />
            <Route path="users/:id/edit" element={<UserFormPage />} />
            <Route path="account-events" element={<AccountEventsPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
